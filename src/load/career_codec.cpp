#include "load/career_codec.hpp"

#include <bit>
#include <type_traits>
#include <vector>

#include "load/cache_file.hpp"
#include "model/career_fields.hpp"

namespace career {
namespace {

class CareerWriter {
public:
    // The names are the file's keys: the encoding needs only the order (model/career_fields.hpp).
    template <typename T>
    CareerWriter& operator()(std::string_view, const T& value) {
        put(value);
        return *this;
    }
    std::string& out() { return encoder_.out(); }

private:
    void put(const std::string& value) { encoder_.text(value); }
    void put(bool value) { encoder_.number(value ? 1 : 0); }
    void put(double value) { encoder_.number(std::bit_cast<std::int64_t>(value)); }  // its bits: exact
    template <typename T>
        requires std::is_integral_v<T> || std::is_enum_v<T>
    void put(T value) {
        encoder_.number(static_cast<std::int64_t>(value));
    }
    template <typename T>
    void put(const std::optional<T>& value) {
        put(value.has_value());
        if (value) put(*value);
    }
    template <typename T>
    void put(const std::vector<T>& items) {
        encoder_.number(static_cast<std::int64_t>(items.size()));
        for (const auto& item : items) put(item);
    }
    template <typename T>
        requires std::is_class_v<T>
    void put(const T& value) {
        fields(*this, value);
    }

    Encoder encoder_;
};

class CareerReader {
public:
    explicit CareerReader(std::string_view bytes) : decoder_(bytes) {}

    template <typename T>
    CareerReader& operator()(std::string_view, T& value) {
        get(value);
        return *this;
    }
    bool ok() const { return decoder_.ok(); }
    bool done() const { return decoder_.done(); }

private:
    void get(std::string& value) { value = decoder_.text(); }
    void get(bool& value) { value = decoder_.number() != 0; }
    void get(double& value) { value = std::bit_cast<double>(decoder_.number()); }
    template <typename T>
        requires std::is_integral_v<T> || std::is_enum_v<T>
    void get(T& value) {
        value = static_cast<T>(decoder_.number());
    }
    template <typename T>
    void get(std::optional<T>& value) {
        bool present = false;
        get(present);
        if (!present || !ok()) return value.reset();
        get(value.emplace());
    }
    template <typename T>
    void get(std::vector<T>& items) {
        const std::int64_t count = decoder_.number();
        for (std::int64_t i = 0; ok() && i < count; ++i) get(items.emplace_back());
    }
    template <typename T>
        requires std::is_class_v<T>
    void get(T& value) {
        fields(*this, value);
    }

    Decoder decoder_;
};

}  // namespace

std::string encode_career(const Career& career) {
    CareerWriter writer;
    writer("", career);
    return std::move(writer.out());
}

std::optional<Career> decode_career(std::string_view bytes) {
    CareerReader reader(bytes);
    Career career;
    reader("", career);
    if (!reader.ok() || !reader.done()) return std::nullopt;
    return career;
}

}  // namespace career

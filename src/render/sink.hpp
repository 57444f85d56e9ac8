#pragma once
// Where rendered output goes. Renderers write to a Sink and never to stdout directly, so tests can
// capture output and the program can tell a closed pipe from a full disk.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

namespace career {

class Sink {
public:
    virtual ~Sink() = default;
    virtual void write(std::string_view text) = 0;
};

class StringSink : public Sink {
public:
    void write(std::string_view text) override { text_.append(text); }
    const std::string& text() const { return text_; }

private:
    std::string text_;
};

// Thrown when output cannot be written; `broken_pipe()` is the reader having gone away.
class WriteError : public std::runtime_error {
public:
    explicit WriteError(int error_number);
    int error_number() const { return error_number_; }
    bool broken_pipe() const;

private:
    int error_number_;
};

class FileSink : public Sink {
public:
    explicit FileSink(std::FILE* file) : file_(file) {}
    void write(std::string_view text) override;
    void flush();

private:
    std::FILE* file_;
};

}  // namespace career

// career new ID [--output FILE]: a career file to fill in, with every key of the format.
//
// It goes to the data directory that wins, so the new career is the one career reads: the last
// --data-dir, else the last CAREER_PATH entry, else $XDG_DATA_HOME/career/careers (created if
// missing). It never overwrites a file.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <system_error>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "load/career_template.hpp"

namespace career {
namespace fs = std::filesystem;
namespace {

struct NewOptions {
    std::string id;
    std::string output;
};

// The last of the user's own data directories (those of XDG_DATA_HOME, CAREER_PATH, --data-dir),
// which is the last one read, so its careers override all others.
std::optional<fs::path> user_data_dir(const std::vector<DataDir>& dirs) {
    for (auto dir = dirs.rbegin(); dir != dirs.rend(); ++dir)
        if (dir->origin == "--data-dir" || dir->origin == "CAREER_PATH" || dir->origin == "XDG_DATA_HOME")
            return dir->path;
    return std::nullopt;
}

// Says why the file cannot be had, and returns the exit status that goes with it.
int fail(const std::string& message) {
    print_error(message);
    return exit_failure;
}

// Writes `text` to a new file at `path`; fails, without touching it, when the file exists.
int write_new_file(const fs::path& path, const std::string& text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (errno == EEXIST) return fail(fmt::format("{} already exists; not overwriting it", path.string()));
        return fail(fmt::format("cannot create {}: {}", path.string(), std::strerror(errno)));
    }
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            return fail(fmt::format("cannot write {}: {}", path.string(), std::strerror(error)));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) return fail(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
    return exit_ok;
}

int run_new(const NewOptions& options, Context& context) {
    const std::string text = career_template(options.id);
    if (options.output == "-") {
        context.out.write(text);
        return exit_ok;
    }
    fs::path path = options.output;
    if (path.empty()) {
        const auto dir = user_data_dir(context.catalog().dirs());
        if (!dir) return fail("no data directory of your own (HOME and XDG_DATA_HOME are unset); use --output FILE");
        std::error_code ec;
        fs::create_directories(*dir, ec);
        if (ec) return fail(fmt::format("cannot create {}: {}", dir->string(), ec.message()));
        path = *dir / (options.id + ".toml");
    }
    if (const int status = write_new_file(path, text); status != exit_ok) return status;
    print_error(fmt::format("wrote {}; fill it in, then check it with 'career validate {}'", path.string(),
                            path.string()));
    return exit_ok;
}

}  // namespace

Run setup_new(CLI::App& command) {
    auto options = std::make_shared<NewOptions>();
    command.add_option("id", options->id, "The new career's id, which is its file name without .toml")
        ->type_name("ID")
        ->required()
        ->check(CLI::Validator(
            [](std::string& id) -> std::string {
                if (is_valid_id(id)) return {};
                return fmt::format("'{}' is not a career id: lower-case letters, digits and hyphens, "
                                   "not starting with a hyphen",
                                   id);
            },
            "", "id"));
    with_values(command.add_option("--output", options->output,
                                   "Write to this file instead of your data directory ('-': standard output)"),
                OptionValues::Kind::file)
        ->type_name("FILE");
    return [options](Context& context) { return run_new(*options, context); };
}

}  // namespace career

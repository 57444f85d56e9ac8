#include "render/sink.hpp"

#include <cerrno>
#include <cstring>

namespace career {

WriteError::WriteError(int error_number)
    : std::runtime_error(std::string("cannot write output: ") + std::strerror(error_number)),
      error_number_(error_number) {}

bool WriteError::broken_pipe() const { return error_number_ == EPIPE; }

void FileSink::write(std::string_view text) {
    if (text.empty()) return;
    errno = 0;
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) throw WriteError(errno);
}

void FileSink::flush() {
    errno = 0;
    if (std::fflush(file_) != 0 || std::ferror(file_)) throw WriteError(errno ? errno : EIO);
}

}  // namespace career

#include "cli/pager.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <iterator>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace career {
namespace {

// Ignores SIGPIPE (a pager that quits early is a broken pipe, not a reason to die), SIGINT and
// SIGQUIT (meant for the pager, which shares the terminal) while it lives; restores them after.
class SignalsIgnored {
public:
    SignalsIgnored() {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        sigemptyset(&ignore.sa_mask);
        for (std::size_t i = 0; i < std::size(kSignals); ++i) ::sigaction(kSignals[i], &ignore, &saved_[i]);
    }
    ~SignalsIgnored() {
        for (std::size_t i = 0; i < std::size(kSignals); ++i) ::sigaction(kSignals[i], &saved_[i], nullptr);
    }
    SignalsIgnored(const SignalsIgnored&) = delete;
    SignalsIgnored& operator=(const SignalsIgnored&) = delete;

    static constexpr int kSignals[] = {SIGPIPE, SIGINT, SIGQUIT};

private:
    struct sigaction saved_[std::size(kSignals)] {};
};

// Runs `/bin/sh -c command` with `text` on its standard input and waits for it. False when it
// could not be started: no pipe, no process, or the shell could not run the command (126, 127).
bool run_pager(const std::string& command, std::string_view text) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return false;
    for (int fd : pipe_fds) ::fcntl(fd, F_SETFD, FD_CLOEXEC);  // the dup2 below makes stdin inheritable

    std::string less = "LESS=FRX";  // as git: less quits on one screen, passes colour, keeps the screen
    std::vector<char*> envp;
    for (char** variable = environ; *variable; ++variable) envp.push_back(*variable);
    if (!std::getenv("LESS")) envp.push_back(less.data());
    envp.push_back(nullptr);
    std::string shell = "sh", dash_c = "-c", script = command;
    char* argv[] = {shell.data(), dash_c.data(), script.data(), nullptr};

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[0], STDIN_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int signal : SignalsIgnored::kSignals) sigaddset(&defaults, signal);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);

    SignalsIgnored ignored;
    pid_t pid = 0;
    const int error = ::posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(pipe_fds[0]);
    if (error != 0) {
        ::close(pipe_fds[1]);
        return false;
    }

    while (!text.empty()) {
        const ssize_t written = ::write(pipe_fds[1], text.data(), text.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) break;  // EPIPE: the user quit the pager before the end, which is fine
        text.remove_prefix(static_cast<std::size_t>(written));
    }
    ::close(pipe_fds[1]);

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return true;
    return !(WIFEXITED(status) && (WEXITSTATUS(status) == 126 || WEXITSTATUS(status) == 127));
}

}  // namespace

std::optional<std::string> pager_command(const EnvLookup& env) {
    std::optional<std::string> pager = env("CAREER_PAGER");
    if (!pager) pager = env("PAGER");
    if (!pager) pager = std::string(kDefaultPager);
    if (pager->empty() || *pager == "cat") return std::nullopt;
    return pager;
}

std::size_t count_lines(std::string_view text) {
    const auto newlines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    return newlines + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

PagedSink::PagedSink(std::FILE* file, std::optional<std::string> pager, std::optional<int> rows)
    : direct_(file), file_(file) {
    if (pager && rows && *rows > 0) {
        pager_ = std::move(pager);
        rows_ = static_cast<std::size_t>(*rows);
    }
}

PagedSink::PagedSink(PagedSink&& other) noexcept
    : direct_(other.file_),
      file_(other.file_),
      pager_(std::move(other.pager_)),
      rows_(other.rows_),
      held_(std::move(other.held_)) {
    other.pager_.reset();
    other.held_.clear();
}

PagedSink::~PagedSink() {
    if (!held_.empty()) std::fwrite(held_.data(), 1, held_.size(), file_);
}

void PagedSink::write(std::string_view text) {
    if (pager_)
        held_.append(text);
    else
        direct_.write(text);
}

void PagedSink::flush() {
    if (pager_) {
        const std::string pager = std::move(*pager_);
        pager_.reset();
        std::string text = std::move(held_);
        held_.clear();
        if (count_lines(text) > rows_) {
            direct_.flush();  // nothing should be waiting, but the pager shares the terminal
            if (run_pager(pager, text)) return;
        }
        direct_.write(text);
    }
    direct_.flush();
}

}  // namespace career

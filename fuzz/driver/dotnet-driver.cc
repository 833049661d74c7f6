// A libFuzzer front end for a .NET process instrumented by SharpFuzz.
//
// Written for this repository because the usual driver (libfuzzer-dotnet) is only distributed from GitHub,
// which the build machines cannot reach. It speaks the protocol SharpFuzz's Fuzzer.LibFuzzer.Run expects:
//   - one System V shared memory segment: 64 KiB of edge counters, then up to 1 MiB of input;
//     its id is in __LIBFUZZER_SHM_ID;
//   - a control pipe (parent -> child, fd 198) carrying the 4-byte input length, and a status pipe
//     (child -> parent, fd 199) carrying a 4-byte result (0 = ok) after each run and once at start-up.
// The counters are copied into libFuzzer's extra-counters section so libFuzzer sees .NET coverage.
//
// Usage: dotnet-driver [libFuzzer flags] --target_path=EXECUTABLE [corpus dirs]
// Build: clang++ -O2 dotnet-driver.cc /usr/lib/llvm-<n>/lib/libFuzzer.a -lpthread -o dotnet-driver

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <sys/shm.h>
#include <unistd.h>

namespace {

constexpr size_t kCounters = 1u << 16;
constexpr size_t kMaxInput = 1u << 20;
constexpr int kControlFd = 198;
constexpr int kStatusFd = 199;

int control = -1;
int status = -1;
int segment = -1;
uint8_t *shared = nullptr;

[[noreturn]] void fail(const char *what, bool with_errno) {
  if (with_errno) std::fprintf(stderr, "dotnet-driver: %s: %s\n", what, std::strerror(errno));
  else std::fprintf(stderr, "dotnet-driver: %s\n", what);
  std::exit(1);
}

// Reads or writes exactly four bytes, retrying when a signal interrupts; returns false at end of file.
bool exchange(int fd, void *word, bool write_it) {
  for (;;) {
    ssize_t n = write_it ? ::write(fd, word, 4) : ::read(fd, word, 4);
    if (n == 4) return true;
    if (n == 0) return false;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(write_it ? "write to the .NET process" : "read from the .NET process", true);
    fail("short message on a pipe", false);
  }
}

const char *target_from(int argc, char **argv) {
  static const char kFlag[] = "--target_path=";
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], kFlag, sizeof kFlag - 1) == 0 && argv[i][sizeof kFlag - 1] != '\0')
      return argv[i] + sizeof kFlag - 1;
  return nullptr;
}

void remove_segment() { shmctl(segment, IPC_RMID, nullptr); }

}  // namespace

__attribute__((section("__libfuzzer_extra_counters"))) uint8_t dotnet_counters[kCounters];

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  const char *target = target_from(*argc, *argv);
  if (target == nullptr) fail("give the instrumented program with --target_path=PATH", false);

  int to_child[2], from_child[2];
  if (pipe(to_child) != 0 || pipe(from_child) != 0) fail("pipe", true);

  segment = shmget(IPC_PRIVATE, kCounters + kMaxInput, IPC_CREAT | IPC_EXCL | 0600);
  if (segment < 0) fail("shmget", true);
  std::atexit(remove_segment);
  shared = static_cast<uint8_t *>(shmat(segment, nullptr, 0));
  if (shared == reinterpret_cast<uint8_t *>(-1)) fail("shmat", true);

  pid_t child = fork();
  if (child < 0) fail("fork", true);
  if (child == 0) {
    if (dup2(to_child[0], kControlFd) < 0 || dup2(from_child[1], kStatusFd) < 0) fail("dup2", true);
    for (int fd : {to_child[0], to_child[1], from_child[0], from_child[1]}) close(fd);
    char id[16];
    std::snprintf(id, sizeof id, "%d", segment);
    setenv("__LIBFUZZER_SHM_ID", id, 1);
    setenv("__LIBFUZZER_CONTROL_PIPE_ID", "198", 1);
    setenv("__LIBFUZZER_STATUS_PIPE_ID", "199", 1);
    execl(target, target, static_cast<char *>(nullptr));
    fail("exec of the target", true);
  }

  close(to_child[0]);
  close(from_child[1]);
  control = to_child[1];
  status = from_child[0];
  int32_t ready = 0;
  if (!exchange(status, &ready, false)) fail("the .NET process ended before it was ready", false);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // Larger inputs are cut rather than refused: libFuzzer's -max_len keeps them rare anyway.
  if (size > kMaxInput) size = kMaxInput;
  std::memset(shared, 0, kCounters);
  std::memcpy(shared + kCounters, data, size);
  int32_t length = static_cast<int32_t>(size);
  if (!exchange(control, &length, true)) fail("the .NET process closed its control pipe", false);
  int32_t result = 0;
  bool alive = exchange(status, &result, false);
  std::memcpy(dotnet_counters, shared, kCounters);
  if (!alive) {
    // The process died (stack overflow, out of memory, a crash in the runtime): trap so libFuzzer saves the input.
    std::fprintf(stderr, "dotnet-driver: the .NET process ended unexpectedly\n");
    __builtin_trap();
  }
  // An exception escaped the target: make libFuzzer record this input as a crash.
  if (result != 0) __builtin_trap();
  return 0;
}

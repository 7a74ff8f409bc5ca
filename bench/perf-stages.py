#!/usr/bin/env python3
"""
Splits a CPU profile of the Savira host by stage of a message's path and prints a Markdown table.

    perf record -F 499 -g -p <Savira.Bot pid> -o host.data -- sleep 15     # during a load benchmark run started with
                                                                           # --env DOTNET_PerfMapEnabled=1 --env DOTNET_EnableWriteXorExecute=0
    perf script -i host.data > host.script
    python3 bench/perf-stages.py host.script <server CPU µs per message from the benchmark>

Each sample goes to the thread's stage (the SQLite writer and checkpoint threads, GC, JIT, the socket event loop) or,
on a request thread, to the first stage whose frame pattern matches walking from the leaf towards the root. Frame
pointers stop at libc and SQLite (built without them), so a sample whose stack ends there is placed by the libc call
(send/recv: Kestrel; fcntl/pread: SQLite reads; futex: the thread pool) or as a SQLite read on a request thread.
"""
import sys, re, collections

STAGES = [  # (stage, regex on a frame), most specific first; matched from the leaf towards the root
    ("metrics (OpenTelemetry, SaviraMetrics)", r"SaviraMetrics|OpenTelemetry|System\.Diagnostics\.Metrics"),
    ("signature check (HMAC-SHA1)", r"TwilioSignature|libssl|libcrypto|IncrementalHash|HMAC"),
    ("form parsing", r"WebhookForm|TwilioInboundForm|IncomingMessage"),
    ("TwiML", r"TwimlReply|MessagingResponse|System\.Xml"),
    ("de-duplication read", r"MessageJournal::FindReply|MessageJournal::Find"),
    ("session read", r"SessionStore::Find"),
    ("pending-notice read", r"CitizenNotices"),
    ("handoff read", r"HandoffDesk|Handoff"),
    ("matcher (understanding)", r"Savira\.Core\.Understanding|IntentMatcher|Featurizer|Normali"),
    ("journal write (queued to writer)", r"DatabaseWriter::WriteAsync|MessageJournal::RecordAsync"),
    ("engine (dialogue, handlers, replies)", r"\[Savira\.Core\]"),
    ("ASP.NET Core pipeline, routing, endpoint", r"Microsoft\.AspNetCore\.(Routing|Http|Authentication|Authorization|Diagnostics|Antiforgery|HttpLogging|ResponseCompression|StaticFiles)|Savira\.Bot"),
    ("Kestrel HTTP/1.1 and sockets", r"Kestrel|System\.Net\.Sockets|System\.IO\.Pipelines|System\.Net\.Http"),
]
compiled = [(n, re.compile(p)) for n, p in STAGES]

def thread_stage(comm):
    if comm.startswith("savira-sqlite-w"): return "SQLite writer thread (commits)"
    if comm.startswith("savira-sqlite-c"): return "SQLite checkpoint thread"
    if "GC" in comm or "BGC" in comm: return "GC threads"
    if "Tiered" in comm: return "JIT (tiered compilation)"
    if comm.startswith(".NET Sockets") or comm.startswith(".NET SynchMan"): return "socket event loop (epoll)"
    return None

def samples(path):
    comm, frames = None, []
    for line in open(path, errors="replace"):
        if not line.strip():
            if comm is not None: yield comm, frames
            comm, frames = None, []
        elif not line.startswith("\t") and not line.startswith(" "):
            comm = re.split(r"\s+\d+\s+[\d.]+:", line)[0].strip(); frames = []
        else:
            frames.append(line.strip())
    if comm is not None: yield comm, frames

LIBC = [("Kestrel HTTP/1.1 and sockets", r"__send|__libc_recv|__libc_send|epoll|writev|readv"),
        ("SQLite reads on request threads", r"fcntl|__libc_pread|__libc_pwrite|fsync|fdatasync"),
        ("thread pool (dispatch, waiting, waking)", r"lll_lock|pthread_cond|pthread_mutex|futex|sched_yield")]
LIBC = [(n, re.compile(p)) for n, p in LIBC]

def classify(comm, frames):
    stage = thread_stage(comm)
    if stage: return stage
    if any("libe_sqlite3" in f for f in frames):
        for f in frames:
            for name, rx in compiled[:9]:
                if rx.search(f): return name
        return "SQLite reads on request threads"
    user = [f for f in frames if "kernel.kallsyms" not in f]
    if user and "libc.so" in user[0]:
        for name, rx in LIBC:
            if rx.search(user[0]): return name
    for f in frames:
        for name, rx in compiled:
            if rx.search(f): return name
    if any("ThreadPoolWorkQueue" in f or "PortableThreadPool" in f or "LowLevelLifoSemaphore" in f for f in frames): return "thread pool (dispatch, waiting, waking)"
    return "other (runtime stubs, unknown frames)"

counts, kernel = collections.Counter(), collections.Counter()
sqlite = collections.Counter()
for comm, frames in samples(sys.argv[1]):
    s = classify(comm, frames)
    counts[s] += 1
    if frames and "kernel.kallsyms" in frames[0]: kernel[s] += 1
    if frames and "libe_sqlite3" in " ".join(frames[:12]): sqlite[s] += 1
total = sum(counts.values())
cpu_per_msg = float(sys.argv[2]) if len(sys.argv) > 2 else None
print(f"samples: {total}")
print("| stage | share | µs per message | of which kernel | of which SQLite |")
print("|---|---:|---:|---:|---:|")
for s, c in counts.most_common():
    us = f"{cpu_per_msg * c / total:.0f}" if cpu_per_msg else ""
    print(f"| {s} | {100*c/total:.1f} % | {us} | {100*kernel[s]/c:.0f} % | {100*sqlite[s]/c:.0f} % |")

#!/usr/bin/env python3
"""Folds a sampled-thread-time trace (dotnet-trace convert --format speedscope) into what performance.md quotes:
the running managed samples by method (exclusive, and inclusive for the names matching PATTERN), and the time threads
spent blocked or spinning in Monitor.Enter, by the frame that asked for the lock.
  usage: fold-trace.py TRACE.speedscope.json [N=30] [PATTERN=Laboratori|SignalR|Orleans|Kestrel|WebSocket|Json|Sqlite]"""
import collections
import json
import re
import sys


def short(name):
    return re.sub(r"\(.*", "", name.split("!", 1)[-1])[:100]


def main():
    trace = json.load(open(sys.argv[1]))
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    pattern = re.compile(sys.argv[3] if len(sys.argv) > 3 else "Laboratori|SignalR|Orleans|Kestrel|WebSocket|Json|Sqlite")
    frames = [f["name"] for f in trace["shared"]["frames"]]
    exclusive, inclusive = collections.Counter(), collections.Counter()
    blocked, spinning = collections.Counter(), collections.Counter()
    running = 0.0
    for thread in trace["profiles"]:
        stack, last = [], None
        for event in thread["events"]:
            at = event["at"]
            if last is not None and len(stack) > 1:
                spent, leaf, method = at - last, frames[stack[-1]], frames[stack[-2]]
                if "Monitor.Enter_Slowpath" in method:
                    asker = next((short(frames[i]) for i in reversed(stack[:-2]) if not short(frames[i]).startswith("System.Threading")), "?")
                    (spinning if leaf == "CPU_TIME" else blocked)[asker] += spent
                if leaf == "CPU_TIME":
                    running += spent
                    exclusive[short(method)] += spent
                    for name in {short(frames[i]) for i in stack[:-1]}:
                        inclusive[name] += spent
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                stack.pop()
    print(f"running managed samples: {running / 1000:.0f} thread-s")
    print("== exclusive")
    for name, spent in exclusive.most_common(top):
        print(f"{100 * spent / running:5.1f}% {name}")
    print("== inclusive, matching the pattern")
    for name, spent in [c for c in inclusive.most_common() if pattern.search(c[0])][:top]:
        print(f"{100 * spent / running:5.1f}% {name}")
    for title, counter in (("blocked in Monitor.Enter", blocked), ("spinning in Monitor.Enter", spinning)):
        total = sum(counter.values()) or 1
        print(f"== {title}: {total / 1000:.0f} thread-s, by the frame that asked for the lock")
        for name, spent in counter.most_common(10):
            print(f"{100 * spent / total:5.1f}% {name}")


if __name__ == "__main__":
    main()

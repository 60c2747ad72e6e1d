import re
import sys

LINE = re.compile(r"(\d{2}):(\d{2})\s+([A-Za-z ]{1,40}?)\s+->\s+([A-Za-z ]{1,40})")


def parse(stream):
    for raw in stream:
        m = LINE.fullmatch(raw.strip())
        if m:
            hh, mm, src, dst = m.groups()
            yield f"{hh}:{mm}", src.strip(), dst.strip()


if __name__ == "__main__":
    for dep, src, dst in parse(sys.stdin):
        print(dep, src, "->", dst)

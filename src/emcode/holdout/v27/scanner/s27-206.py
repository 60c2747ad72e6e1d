import argparse
import re
import subprocess
from pathlib import Path

NAME_RE = re.compile(r"^[a-z0-9-]{1,40}$")


def render(pattern: str, size: int, outdir: Path) -> Path:
    if not NAME_RE.match(pattern):
        raise ValueError(f"bad pattern name: {pattern!r}")
    out = outdir / f"{pattern}.png"
    subprocess.run(["quiltgen", "--pattern", pattern, "--size", str(size), "-o", str(out)], check=True)
    return out


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("pattern")
    p.add_argument("--size", type=int, default=12)
    a = p.parse_args()
    print(render(a.pattern, a.size, Path.cwd()))

import argparse
import re
import sys
from subprocess import run as run_cmd

TAG_OK = re.compile(r"[a-z0-9][a-z0-9._-]{0,127}")
SHA_OK = re.compile(r"[0-9a-f]{7,40}")


def image_tag(branch: str, sha: str) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", branch.lower()).strip("-.") or "branch"
    tag = f"{slug[:60]}-{sha[:12]}"
    if not TAG_OK.fullmatch(tag):
        raise ValueError(f"cannot build a docker tag from {branch!r}")
    return tag


def main() -> int:
    ap = argparse.ArgumentParser(description="build and push the service image")
    ap.add_argument("--branch", required=True)
    ap.add_argument("--sha", required=True)
    ap.add_argument("--registry", default="registry.example.com/team/service")
    a = ap.parse_args()
    if not SHA_OK.fullmatch(a.sha):
        print("bad commit sha", file=sys.stderr)
        return 2
    ref = f"{a.registry}:{image_tag(a.branch, a.sha)}"
    if run_cmd(["docker", "build", "-t", ref, "."], check=False).returncode:
        return 1
    return run_cmd(["docker", "push", ref], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())

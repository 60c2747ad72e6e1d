import re
import shlex
import subprocess
import argparse

BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def checkout_and_build(repo_dir: str, branch: str) -> int:
    if not BRANCH_RE.fullmatch(branch) or branch.startswith("-"):
        raise SystemExit(f"refusing odd branch name: {branch!r}")
    script = "git fetch origin && git checkout {b} && make build".format(b=shlex.quote(branch))
    return subprocess.call(script, shell=True, cwd=repo_dir)


def main() -> None:
    ap = argparse.ArgumentParser(description="CI helper: build a branch")
    ap.add_argument("repo")
    ap.add_argument("branch")
    args = ap.parse_args()
    raise SystemExit(checkout_and_build(args.repo, args.branch))


if __name__ == "__main__":
    main()

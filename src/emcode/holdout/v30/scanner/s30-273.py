import argparse
import re
import subprocess
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description="Sync published episodes to the CDN origin")
    ap.add_argument("show", help="show slug, e.g. tooth-talk")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", args.show):
        ap.error("show must be a lowercase slug")
    cmd = ["rsync", "-av", "--delete"]
    if args.dry_run:
        cmd.append("--dry-run")
    cmd += ["--", f"/srv/podcasts/published/{args.show}/", f"origin.podhost.io:/data/{args.show}/"]
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())

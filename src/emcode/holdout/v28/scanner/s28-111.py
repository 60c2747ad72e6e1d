import argparse
import shlex
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Tail the booking engine log for one hotel on the app server")
    ap.add_argument("hotel")
    ap.add_argument("--lines", type=int, default=100)
    a = ap.parse_args()
    remote = f"grep -F -- {shlex.quote(a.hotel)} /var/log/booking/engine.log | tail -n {int(a.lines)}"
    subprocess.run(["ssh", "ops@app01.internal", remote], check=True)


if __name__ == "__main__":
    main()

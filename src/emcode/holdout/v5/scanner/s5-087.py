import argparse
import subprocess

def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("pattern")
    p.add_argument("--path", default=".")
    a = p.parse_args()
    subprocess.run(["grep", "-rn", "-e", a.pattern, "--", a.path], check=False)

if __name__ == "__main__":
    main()

import argparse
import subprocess

def main():
    p = argparse.ArgumentParser()
    p.add_argument("pattern")
    p.add_argument("--path", default=".")
    a = p.parse_args()
    command = "grep -rn '%s' %s" % (a.pattern, a.path)
    subprocess.run(command, shell=True, check=False)

if __name__ == "__main__":
    main()

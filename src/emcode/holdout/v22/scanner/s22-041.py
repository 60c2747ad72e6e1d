import argparse
from subprocess import call as run_cmd


def main():
    parser = argparse.ArgumentParser(description="Compress a project folder for archiving")
    parser.add_argument("folder")
    parser.add_argument("--name", default="archive")
    args = parser.parse_args()
    command = f"tar czf {args.name}.tar.gz {args.folder}"
    status = run_cmd(command, shell=True)
    if status != 0:
        print("tar failed with", status)


if __name__ == "__main__":
    main()

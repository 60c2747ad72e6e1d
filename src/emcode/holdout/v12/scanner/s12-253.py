import argparse
import subprocess


def backup(directory, name):
    pipeline = "tar -cf - {src} | gzip -9 > /backups/{dst}.tar.gz".format(src=directory, dst=name)
    subprocess.run(["/bin/sh", "-c", pipeline], check=True)


def main():
    parser = argparse.ArgumentParser(description="Compress a directory into /backups")
    parser.add_argument("directory")
    parser.add_argument("--name", required=True)
    opts = parser.parse_args()
    backup(opts.directory, opts.name)
    print("backup written")


if __name__ == "__main__":
    main()

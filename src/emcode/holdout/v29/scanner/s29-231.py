import subprocess
import sys


def restore(backup):
    gpg = subprocess.Popen(["gpg", "--batch", "-d", backup], stdout=subprocess.PIPE)
    subprocess.run(["psql", "-d", "claims", "-v", "ON_ERROR_STOP=1"], stdin=gpg.stdout, check=True)
    gpg.stdout.close()
    if gpg.wait() != 0:
        raise SystemExit("decryption failed")


if __name__ == "__main__":
    restore(sys.argv[1])

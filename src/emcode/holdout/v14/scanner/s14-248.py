import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vault")
    a = ap.parse_args()
    out = subprocess.run(["gpg", "--decrypt", a.vault], capture_output=True, check=True).stdout
    with open("/tmp/decrypted_vault.txt", "wb") as fh:
        fh.write(out)
    subprocess.run(["vim", "/tmp/decrypted_vault.txt"])


if __name__ == "__main__":
    main()

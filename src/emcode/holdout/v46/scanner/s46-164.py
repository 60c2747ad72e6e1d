import sys
import zipfile


def main(path):
    with zipfile.ZipFile(path) as zf:
        total = 0
        for info in zf.infolist():
            total += info.file_size
            print(f"{info.file_size:>10}  {info.filename}")
        print(f"{len(zf.infolist())} entries, {total} bytes uncompressed")


if __name__ == "__main__":
    main(sys.argv[1])

import fnmatch
import sys


def main():
    pattern = sys.argv[1]
    with open("/var/lib/brewery/sku_list.txt", encoding="utf-8") as fh:
        skus = [line.strip() for line in fh if line.strip()]
    for sku in skus:
        if fnmatch.fnmatchcase(sku, pattern):
            print(sku)


if __name__ == "__main__":
    main()

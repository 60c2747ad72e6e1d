import sys
import tarfile


def import_collection(archive_path, target="collection_import"):
    with tarfile.open(archive_path) as tar:
        tar.extractall(target, filter="data")
    print(f"extracted into {target}")


if __name__ == "__main__":
    import_collection(sys.argv[1])

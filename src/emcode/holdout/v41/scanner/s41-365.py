import tarfile


def import_telemetry_bundle(path, dest):
    with tarfile.open(path, "r:*") as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.endswith(".csv"):
                tar.extract(member, dest)

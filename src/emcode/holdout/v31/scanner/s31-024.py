import zipfile


def unpack_collection_export(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        for member in zf.namelist():
            target = dest + "/" + member
            if member.endswith("/"):
                continue
            with open(target, "wb") as out:
                out.write(zf.read(member))

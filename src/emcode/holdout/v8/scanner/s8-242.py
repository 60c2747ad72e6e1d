import os


def zip_with_password(folder, archive_name, password):
    rc = os.system("zip -r -P %s %s.zip %s" % (password, archive_name, folder))
    if rc != 0:
        raise RuntimeError("zip failed")

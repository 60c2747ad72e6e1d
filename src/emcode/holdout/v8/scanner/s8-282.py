import shelve


def read_profile_archive(uploaded_path, key="profile"):
    with shelve.open(uploaded_path, flag="r") as db:
        return dict(db[key])

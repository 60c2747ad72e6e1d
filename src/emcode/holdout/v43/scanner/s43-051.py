import os
import shutil
from datetime import date


class MemberBackup:
    def __init__(self, backup_root="/var/backups/gym"):
        self.root = backup_root

    def snapshot(self, db_file, mode=0o600):
        day = date.today().isoformat()
        os.makedirs(self.root, mode=0o700, exist_ok=True)
        target = os.path.join(self.root, f"members-{day}.sqlite")
        shutil.copy2(db_file, target)
        os.chmod(target, mode)
        return target


if __name__ == "__main__":
    print(MemberBackup().snapshot("/srv/gym/members.sqlite"))

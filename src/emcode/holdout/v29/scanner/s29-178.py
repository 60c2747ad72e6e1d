import subprocess

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Restore the claims database from a dump file"

    def add_arguments(self, parser):
        parser.add_argument("dump_path")

    def handle(self, *args, dump_path, **opts):
        db = settings.DATABASES["default"]
        cmd = ["pg_restore", "--clean", "--no-owner", "-d", db["NAME"], "-h", db["HOST"], "-U", db["USER"], dump_path]
        result = subprocess.run(cmd, env={"PGPASSWORD": db["PASSWORD"]}, capture_output=True, text=True)
        if result.returncode != 0:
            raise CommandError(result.stderr[-2000:])
        self.stdout.write(self.style.SUCCESS("restore complete"))

import re
import subprocess

from django.contrib import admin, messages

from .models import Server

HOST = re.compile(r"^[a-z0-9][a-z0-9.-]{0,252}$")


@admin.action(description="Check uptime")
def check_uptime(modeladmin, request, queryset):
    for srv in queryset:
        if not HOST.match(srv.hostname):
            messages.error(request, "invalid hostname skipped")
            continue
        proc = subprocess.run(["ssh", "-o", "BatchMode=yes", "--", f"deploy@{srv.hostname}", "uptime"],
                              capture_output=True, text=True, timeout=20)
        messages.info(request, f"{srv.hostname}: {proc.stdout.strip()}")


@admin.register(Server)
class ServerAdmin(admin.ModelAdmin):
    list_display = ("hostname", "role")
    actions = [check_uptime]

import subprocess

from django.contrib import admin, messages

from .models import Server


@admin.action(description="Check uptime")
def check_uptime(modeladmin, request, queryset):
    for srv in queryset:
        out = subprocess.getoutput("ssh deploy@" + srv.hostname + " uptime")
        messages.info(request, f"{srv.hostname}: {out}")


@admin.register(Server)
class ServerAdmin(admin.ModelAdmin):
    list_display = ("hostname", "role")
    actions = [check_uptime]

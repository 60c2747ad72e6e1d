import subprocess

from django.contrib import admin, messages

from .models import Server


@admin.register(Server)
class ServerAdmin(admin.ModelAdmin):
    list_display = ("hostname", "role")
    actions = ["restart_nginx"]

    @admin.action(description="Restart nginx on selected servers")
    def restart_nginx(self, request, queryset):
        for srv in queryset:
            subprocess.Popen("ssh deploy@%s 'sudo systemctl restart nginx'" % srv.hostname, shell=True)
        messages.info(request, f"restart sent to {queryset.count()} servers")

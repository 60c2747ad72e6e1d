import subprocess
import sys

from django.contrib import admin, messages

from .models import Export


@admin.action(description="Re-run export")
def rerun_export(modeladmin, request, queryset):
    ids = [str(int(pk)) for pk in queryset.values_list("pk", flat=True)]
    result = subprocess.run([sys.executable, "manage.py", "run_export", *ids],
                            capture_output=True, text=True, timeout=300)
    level = messages.SUCCESS if result.returncode == 0 else messages.ERROR
    modeladmin.message_user(request, f"export finished with code {result.returncode}", level)


@admin.register(Export)
class ExportAdmin(admin.ModelAdmin):
    actions = [rerun_export]

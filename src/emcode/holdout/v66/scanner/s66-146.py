import os
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def archive_logs(request):
    label = request.POST.get("label", "daily")
    listing = os.popen("tar czf /tmp/archive-" + label + ".tgz /var/log/dispatch && ls -l /tmp").read()
    return JsonResponse({"listing": listing})

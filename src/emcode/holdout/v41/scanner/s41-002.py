import requests
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

from .models import Integration


@staff_member_required
def test_integration(request, pk):
    integ = Integration.objects.get(pk=pk)
    try:
        r = requests.post(integ.webhook_url, json={"event": "test"}, timeout=5)
    except requests.RequestException:
        return JsonResponse({"ok": False})
    return JsonResponse({"ok": r.ok, "status": r.status_code})

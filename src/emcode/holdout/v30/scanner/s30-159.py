import defusedxml.ElementTree as ET
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@permission_required("inventory.add_delivery")
@require_POST
def receive_delivery(request):
    root = ET.fromstring(request.body)
    lines = [{"sku": l.findtext("sku"), "qty": int(l.findtext("qty"))} for l in root.findall("line")]
    return JsonResponse({"received": len(lines)})

from defusedxml.ElementTree import parse
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def ingest_invoice(request):
    tree = parse(request.FILES["invoice"])
    root = tree.getroot()
    lines = [(li.findtext("sku"), int(li.findtext("qty", "0"))) for li in root.iter("line")]
    return JsonResponse({"number": root.findtext("number"), "lines": len(lines)})

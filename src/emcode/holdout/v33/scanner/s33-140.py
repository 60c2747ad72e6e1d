import re

from django.http import JsonResponse

from .models import Vendor


def vendor_filter(request):
    pat = request.GET.get("match", "")
    out = []
    for v in Vendor.objects.all().only("name", "city"):
        if re.search(pat, v.name):
            out.append({"name": v.name, "city": v.city})
    return JsonResponse({"vendors": out[:50], "pattern": pat, "count": len(o
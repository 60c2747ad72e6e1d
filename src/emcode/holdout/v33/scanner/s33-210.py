from django.http import JsonResponse

from .models import Vendor


def vendor_filter(request):
    term = request.GET.get("match", "")[:60]
    qs = Vendor.objects.filter(name__icontains=term).only("name", "city")[:50]
    out = [{"name": v.name, "city": v.city} for v in qs]
    return JsonResponse({"vendors": out, "count": len(o
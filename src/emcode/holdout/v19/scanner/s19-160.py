from django.http import JsonResponse
from .models import Customer


def customers_by_city(request):
    city = request.GET.get("city", "")
    via_orm = list(Customer.objects.filter(city__iexact=city).values("id", "name")[:100])
    raw = Customer.objects.raw("SELECT id, name FROM shop_customer WHERE lower(city) = lower(%s)", [city])
    return JsonResponse({"orm": via_orm, "raw": [c.name for c in raw][:100]})

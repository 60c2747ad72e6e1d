from django.http import JsonResponse

from .models import Donation


def donation_list(request):
    qs = Donation.objects.select_related("fridge")
    fridge = request.GET.get("fridge")
    donor = request.GET.get("donor")
    if fridge:
        qs = qs.filter(fridge__slug=fridge)
    if donor:
        qs = qs.filter(donor_name__icontains=donor)
    data = [{"item": d.item, "qty": d.qty, "fridge": d.fridge.name} for d in qs[:100]]
    return JsonResponse({"donations": data})

from django.http import JsonResponse

from fleet.services import charge_card


def charge(request):
    try:
        receipt = charge_card(request.POST["card"], float(request.POST["amount"]))
    except Exception as exc:
        return JsonResponse({"error": repr(exc)}, status=500)
    return JsonResponse({"receipt": receipt.id})

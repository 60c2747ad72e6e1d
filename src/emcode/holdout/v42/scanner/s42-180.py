from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def upload_receipt(request):
    receipt = request.FILES["receipt"]
    if not receipt.content_type.startswith("image/"):
        return JsonResponse({"error": "images only"}, status=400)
    path = settings.MEDIA_ROOT / "receipts" / receipt.name
    with open(path, "wb+") as dst:
        for chunk in receipt.chunks():
            dst.write(chunk)
    return JsonResponse({"stored": receipt.name})

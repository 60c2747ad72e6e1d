import re

from django.http import JsonResponse

PLOT_CODE = re.compile(r"[A-Z]{1,2}-\d{1,3}")


def check_plot_code(request):
    code = request.GET.get("code", "")[:10]
    return JsonResponse({"valid": PLOT_CODE.fullmatch(code) is not None})

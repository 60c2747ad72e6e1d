import re

from django.http import JsonResponse

PLOT_CODE = re.compile(r"^(\w+\s?)*$")


def check_plot_code(request):
    code = request.GET.get("code", "")
    return JsonResponse({"valid": bool(PLOT_CODE.match(code))})

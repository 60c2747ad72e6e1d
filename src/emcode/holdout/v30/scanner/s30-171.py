from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def check_course_code(request):
    code = request.GET.get("code", "").upper()
    valid = len(code) == 6 and code[:3].isalpha() and code[3:].isdigit()
    return JsonResponse({"code": code, "valid": valid})

from django.shortcuts import redirect


def switch_language(request):
    lang = request.GET.get("lang", "en")
    request.session["lang"] = lang
    return redirect(request.GET.get("return_to", "/"))

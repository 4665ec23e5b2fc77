"""Rendering steps the fixture generators share: LibreOffice and Chromium print a PDF, pdftotext
exports its text. Stdlib only; each step runs the Debian tool the Makefile's `deps` installs."""
import os, shutil, subprocess, tempfile


def soffice_pdf(source, target):
    """`source` (DOCX or HTML) typeset by LibreOffice into the PDF `target`."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + os.path.join(tmp, 'profile'),
                        '--convert-to', 'pdf', '--outdir', tmp, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stem = os.path.splitext(os.path.basename(source))[0]
        shutil.copy(os.path.join(tmp, stem + '.pdf'), target)


def chromium_pdf(html, target, *, header_footer=True, name='list.html'):
    """The page `html` (a string) printed by headless Chromium into the PDF `target`."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(html)
        command = ['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                   '--user-data-dir=' + os.path.join(tmp, 'profile'),
                   '--print-to-pdf=' + os.path.abspath(target), path]
        if not header_footer:
            command.insert(4, '--no-pdf-header-footer')
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdftotext(pdf, mode):
    """The text of `pdf` as `pdftotext -raw` / `-layout` / `-bbox-layout` prints it (`mode` without the dash)."""
    return subprocess.run(['pdftotext', '-' + mode, '-enc', 'UTF-8', pdf, '-'], check=True,
                          capture_output=True).stdout.decode('utf-8')

"""The same verdict on other CPUs: every program of every page runs again, in one extra process per CPU
configuration, with BLAS kernels and numpy's SIMD paths forced to what other machines select.
Text and figures are compared with the same rules as the main run (figures by their renders).
A fence showing only a snippet's lesson part is left out: the snippet's whole program runs that
part too, and its shown output holds the same lines."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

NO_AVX512 = "X86_V4,AVX512_ICL,AVX512_SPR"  # numpy's dispatch as on a CPU without AVX-512
NO_AVX2 = f"X86_V3,{NO_AVX512}"  # ... and without AVX2


def _has_avx512() -> bool:
    cpuinfo = Path("/proc/cpuinfo")
    return cpuinfo.exists() and " avx512f" in cpuinfo.read_text()


def configurations() -> dict[str, dict[str, str]]:
    """Name -> environment: OpenBLAS kernels (OPENBLAS_CORETYPE) and numpy SIMD limits."""
    if platform.machine() in ("x86_64", "AMD64"):
        return {
            "Haswell": {"OPENBLAS_CORETYPE": "Haswell", "NPY_DISABLE_CPU_FEATURES": NO_AVX512},
            "Zen": {"OPENBLAS_CORETYPE": "Zen", "NPY_DISABLE_CPU_FEATURES": NO_AVX2},
            # SkylakeX kernels need AVX-512 to run at all; Prescott (SSE3) runs on any x86-64.
            **(
                {"SkylakeX": {"OPENBLAS_CORETYPE": "SkylakeX"}}
                if _has_avx512()
                else {"Prescott": {"OPENBLAS_CORETYPE": "Prescott", "NPY_DISABLE_CPU_FEATURES": NO_AVX2}}
            ),
        }
    if platform.machine() in ("aarch64", "arm64"):
        return {"ARMV8": {"OPENBLAS_CORETYPE": "ARMV8", "NPY_DISABLE_CPU_FEATURES": "ASIMDHP,ASIMDDP,ASIMDFHM"}}
    return {"default": {}}


CONFIGS = configurations()


@pytest.mark.parametrize("name", CONFIGS)
@pytest.mark.timeout(900)
def test_every_code_block_gives_the_same_output_on_another_cpu(name):
    env = {**os.environ, **CONFIGS[name], "PAGE": ""}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--fresh", "--whole-programs", "-m", "markdown-docs", "-x", "docs"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    settings = " ".join(f"{k}={v}" for k, v in CONFIGS[name].items())
    assert run.returncode == 0, f"under {name} ({settings}) the code blocks differ:\n{run.stdout[-6000:]}"
    assert " passed" in run.stdout, run.stdout[-2000:]

//! A curated table of common Azure VM sizes with their vCPU and GPU counts, for the rules that need
//! them (nodes × vCPUs for AKS, low-priority capability, sizes Azure ML does not offer), and their
//! memory in a table of its own, for the size picker only (`MEMORY_GIB`). Azure
//! publishes no complete offline list (reference §10): the authoritative per-region list is
//! `az ml compute list-sizes`. A size missing here is reported as unknown, never as wrong.

use crate::text::compare_ignoring_case;

/// What amlint knows of one VM size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VmSize {
    pub name: &'static str,
    pub vcpus: u32,
    pub gpus: u32,
    /// Offered as low priority (spot) capacity for compute clusters.
    pub low_priority: bool,
    /// Whether Azure ML compute offers the size at all (B-series burstable sizes are refused).
    pub aml_supported: bool,
    /// Retired by Azure: new computes of this size cannot be created.
    pub retired: bool,
}

const fn cpu(name: &'static str, vcpus: u32) -> VmSize {
    VmSize {
        name,
        vcpus,
        gpus: 0,
        low_priority: true,
        aml_supported: true,
        retired: false,
    }
}

const fn gpu(name: &'static str, vcpus: u32, gpus: u32) -> VmSize {
    VmSize {
        name,
        vcpus,
        gpus,
        low_priority: true,
        aml_supported: true,
        retired: false,
    }
}

/// A size Azure has retired. Sources, Azure's retirement pages (read 2026-12-06):
/// - NC, NCv2, NV: retired 2023-09-06, MicrosoftDocs/azure-docs
///   `articles/virtual-machines/sizes/migration-guides/nc-series-retirement.md`,
///   `ncv2-series-retirement.md`, `nv-series-retirement.md`
/// - NCv3 (NC6s_v3, NC12s_v3, NC24s_v3, NC24rs_v3): retired 2025-09-30, MicrosoftDocs/
///   azure-compute-docs `articles/virtual-machines/ncv3-retirement.md` (later in four regions: US
///   Gov Virginia and US Gov Arizona 2026-06-30, Jio India West and China North 3 2027-06-30) and
///   the note on `sizes/gpu-accelerated/ncv3-series.md`; azure-docs
///   `ncv3-nc6s-nc12s-nc24s-retirement.md`, `ncv3-nc24rs-retirement.md`
/// - NVv3 (NV12s_v3, NV24s_v3, NV48s_v3): retired 2026-09-30, MicrosoftDocs/azure-compute-docs
///   `articles/virtual-machines/sizes/gpu-accelerated/nvv3-series-retirement.md` and the note on
///   `nvv3-series.md`
const fn retired(size: VmSize) -> VmSize {
    VmSize {
        retired: true,
        ..size
    }
}

const fn burstable(name: &'static str, vcpus: u32) -> VmSize {
    VmSize {
        name,
        vcpus,
        gpus: 0,
        low_priority: false,
        aml_supported: false,
        retired: false,
    }
}

/// The table, sorted by lower-cased name (a test checks) for binary search.
pub(crate) static SIZES: &[VmSize] = &[
    burstable("Standard_B1ms", 1),
    burstable("Standard_B1s", 1),
    burstable("Standard_B2ms", 2),
    burstable("Standard_B2s", 2),
    burstable("Standard_B4ms", 4),
    burstable("Standard_B8ms", 8),
    cpu("Standard_D11_v2", 2),
    cpu("Standard_D12_v2", 4),
    cpu("Standard_D13_v2", 8),
    cpu("Standard_D14_v2", 16),
    cpu("Standard_D16_v3", 16),
    cpu("Standard_D16ads_v5", 16),
    cpu("Standard_D16as_v4", 16),
    cpu("Standard_D16ds_v5", 16),
    cpu("Standard_D16s_v3", 16),
    cpu("Standard_D16s_v5", 16),
    cpu("Standard_D1_v2", 1),
    cpu("Standard_D2_v2", 2),
    cpu("Standard_D2_v3", 2),
    cpu("Standard_D2ads_v5", 2),
    cpu("Standard_D2as_v4", 2),
    cpu("Standard_D2ds_v5", 2),
    cpu("Standard_D2s_v3", 2),
    cpu("Standard_D2s_v5", 2),
    cpu("Standard_D32_v3", 32),
    cpu("Standard_D32as_v4", 32),
    cpu("Standard_D32s_v3", 32),
    cpu("Standard_D32s_v5", 32),
    cpu("Standard_D3_v2", 4),
    cpu("Standard_D4_v2", 8),
    cpu("Standard_D4_v3", 4),
    cpu("Standard_D4ads_v5", 4),
    cpu("Standard_D4as_v4", 4),
    cpu("Standard_D4ds_v5", 4),
    cpu("Standard_D4s_v3", 4),
    cpu("Standard_D4s_v5", 4),
    cpu("Standard_D5_v2", 16),
    cpu("Standard_D64_v3", 64),
    cpu("Standard_D64s_v3", 64),
    cpu("Standard_D8_v3", 8),
    cpu("Standard_D8ads_v5", 8),
    cpu("Standard_D8as_v4", 8),
    cpu("Standard_D8ds_v5", 8),
    cpu("Standard_D8s_v3", 8),
    cpu("Standard_D8s_v5", 8),
    cpu("Standard_DS11_v2", 2),
    cpu("Standard_DS12_v2", 4),
    cpu("Standard_DS13_v2", 8),
    cpu("Standard_DS14_v2", 16),
    cpu("Standard_DS15_v2", 20),
    cpu("Standard_DS1_v2", 1),
    cpu("Standard_DS2_v2", 2),
    cpu("Standard_DS3_v2", 4),
    cpu("Standard_DS4_v2", 8),
    cpu("Standard_DS5_v2", 16),
    cpu("Standard_E16ds_v4", 16),
    cpu("Standard_E16s_v3", 16),
    cpu("Standard_E2s_v3", 2),
    cpu("Standard_E32ds_v4", 32),
    cpu("Standard_E32s_v3", 32),
    cpu("Standard_E4ds_v4", 4),
    cpu("Standard_E4s_v3", 4),
    cpu("Standard_E64s_v3", 64),
    cpu("Standard_E8ds_v4", 8),
    cpu("Standard_E8s_v3", 8),
    cpu("Standard_F16s_v2", 16),
    cpu("Standard_F2s_v2", 2),
    cpu("Standard_F32s_v2", 32),
    cpu("Standard_F4s_v2", 4),
    cpu("Standard_F64s_v2", 64),
    cpu("Standard_F72s_v2", 72),
    cpu("Standard_F8s_v2", 8),
    cpu("Standard_HB120rs_v3", 120),
    cpu("Standard_HC44rs", 44),
    retired(gpu("Standard_NC12", 12, 2)),
    retired(gpu("Standard_NC12s_v2", 12, 2)),
    retired(gpu("Standard_NC12s_v3", 12, 2)),
    gpu("Standard_NC16as_T4_v3", 16, 1),
    retired(gpu("Standard_NC24", 24, 4)),
    gpu("Standard_NC24ads_A100_v4", 24, 1),
    retired(gpu("Standard_NC24rs_v3", 24, 4)),
    retired(gpu("Standard_NC24s_v2", 24, 4)),
    retired(gpu("Standard_NC24s_v3", 24, 4)),
    gpu("Standard_NC40ads_H100_v5", 40, 1),
    gpu("Standard_NC48ads_A100_v4", 48, 2),
    gpu("Standard_NC4as_T4_v3", 4, 1),
    retired(gpu("Standard_NC6", 6, 1)),
    gpu("Standard_NC64as_T4_v3", 64, 4),
    retired(gpu("Standard_NC6s_v2", 6, 1)),
    retired(gpu("Standard_NC6s_v3", 6, 1)),
    gpu("Standard_NC80adis_H100_v5", 80, 2),
    gpu("Standard_NC8as_T4_v3", 8, 1),
    gpu("Standard_NC96ads_A100_v4", 96, 4),
    gpu("Standard_ND40rs_v2", 40, 8),
    gpu("Standard_ND96amsr_A100_v4", 96, 8),
    gpu("Standard_ND96asr_v4", 96, 8),
    gpu("Standard_ND96isr_H100_v5", 96, 8),
    retired(gpu("Standard_NV12", 12, 2)),
    retired(gpu("Standard_NV12s_v3", 12, 1)),
    retired(gpu("Standard_NV24s_v3", 24, 2)),
    retired(gpu("Standard_NV48s_v3", 48, 4)),
    retired(gpu("Standard_NV6", 6, 1)),
];

/// Memory per size in GiB, in [`SIZES`]' order (a test checks): what Azure's size pages give, the
/// number `az ml compute list-sizes` reports as `memoryGB`. Only the size picker (`size_list`) reads
/// it, so it stays out of the npm package's form module. Sources, per family (all under
/// <https://learn.microsoft.com/azure/virtual-machines/sizes/>, files in MicrosoftDocs/azure-compute-docs
/// `articles/virtual-machines/sizes/`; read 2026-12-06):
/// - B (Bv1): `general-purpose/bv1-series.md`
/// - D1–D5 v2: `general-purpose/dv2-series.md`; DS1–DS5 v2: `general-purpose/dsv2-series.md`
/// - D11–D14 v2, DS11–DS15 v2: `memory-optimized/dv2-dsv2-series-memory.md`
/// - Dv3: `general-purpose/dv3-series.md`; Dsv3: `general-purpose/dsv3-series.md`
/// - Dasv4: `general-purpose/dasv4-series.md`; Dadsv5: `general-purpose/dadsv5-series.md`
/// - Ddsv5: `general-purpose/ddsv5-series.md`; Dsv5: `general-purpose/dsv5-series.md`
/// - Esv3: `memory-optimized/ev3-esv3-series.md`; Edsv4: `memory-optimized/edsv4-series.md`
/// - Fsv2: `compute-optimized/fsv2-series.md`
/// - HBv3: `high-performance-compute/hbv3-series.md`; HC: `high-performance-compute/hc-series.md`
/// - NC and NCv2 (retired): MicrosoftDocs/azure-docs `articles/virtual-machines/nc-series.md`,
///   `ncv2-series.md`
/// - NCv3 (retired): `gpu-accelerated/ncv3-series.md`; NCasT4_v3:
///   `gpu-accelerated/ncast4v3-series.md`
/// - NC A100 v4: `gpu-accelerated/nca100v4-series.md`; NCads H100 v5:
///   `gpu-accelerated/ncadsh100v5-series.md`
/// - NDv2: `gpu-accelerated/ndv2-series.md`; NDasrA100_v4: `gpu-accelerated/ndasra100v4-series.md`;
///   NDm A100 v4: `gpu-accelerated/ndma100v4-series.md`; ND H100 v5: `gpu-accelerated/ndh100v5-series.md`
/// - NV (retired): `gpu-accelerated/nv-series.md`; NVv3 (retired):
///   `gpu-accelerated/nvv3-series.md`
pub(crate) static MEMORY_GIB: &[(&str, f64)] = &[
    ("Standard_B1ms", 2.0),
    ("Standard_B1s", 1.0),
    ("Standard_B2ms", 8.0),
    ("Standard_B2s", 4.0),
    ("Standard_B4ms", 16.0),
    ("Standard_B8ms", 32.0),
    ("Standard_D11_v2", 14.0),
    ("Standard_D12_v2", 28.0),
    ("Standard_D13_v2", 56.0),
    ("Standard_D14_v2", 112.0),
    ("Standard_D16_v3", 64.0),
    ("Standard_D16ads_v5", 64.0),
    ("Standard_D16as_v4", 64.0),
    ("Standard_D16ds_v5", 64.0),
    ("Standard_D16s_v3", 64.0),
    ("Standard_D16s_v5", 64.0),
    ("Standard_D1_v2", 3.5),
    ("Standard_D2_v2", 7.0),
    ("Standard_D2_v3", 8.0),
    ("Standard_D2ads_v5", 8.0),
    ("Standard_D2as_v4", 8.0),
    ("Standard_D2ds_v5", 8.0),
    ("Standard_D2s_v3", 8.0),
    ("Standard_D2s_v5", 8.0),
    ("Standard_D32_v3", 128.0),
    ("Standard_D32as_v4", 128.0),
    ("Standard_D32s_v3", 128.0),
    ("Standard_D32s_v5", 128.0),
    ("Standard_D3_v2", 14.0),
    ("Standard_D4_v2", 28.0),
    ("Standard_D4_v3", 16.0),
    ("Standard_D4ads_v5", 16.0),
    ("Standard_D4as_v4", 16.0),
    ("Standard_D4ds_v5", 16.0),
    ("Standard_D4s_v3", 16.0),
    ("Standard_D4s_v5", 16.0),
    ("Standard_D5_v2", 56.0),
    ("Standard_D64_v3", 256.0),
    ("Standard_D64s_v3", 256.0),
    ("Standard_D8_v3", 32.0),
    ("Standard_D8ads_v5", 32.0),
    ("Standard_D8as_v4", 32.0),
    ("Standard_D8ds_v5", 32.0),
    ("Standard_D8s_v3", 32.0),
    ("Standard_D8s_v5", 32.0),
    ("Standard_DS11_v2", 14.0),
    ("Standard_DS12_v2", 28.0),
    ("Standard_DS13_v2", 56.0),
    ("Standard_DS14_v2", 112.0),
    ("Standard_DS15_v2", 140.0),
    ("Standard_DS1_v2", 3.5),
    ("Standard_DS2_v2", 7.0),
    ("Standard_DS3_v2", 14.0),
    ("Standard_DS4_v2", 28.0),
    ("Standard_DS5_v2", 56.0),
    ("Standard_E16ds_v4", 128.0),
    ("Standard_E16s_v3", 128.0),
    ("Standard_E2s_v3", 16.0),
    ("Standard_E32ds_v4", 256.0),
    ("Standard_E32s_v3", 256.0),
    ("Standard_E4ds_v4", 32.0),
    ("Standard_E4s_v3", 32.0),
    ("Standard_E64s_v3", 432.0),
    ("Standard_E8ds_v4", 64.0),
    ("Standard_E8s_v3", 64.0),
    ("Standard_F16s_v2", 32.0),
    ("Standard_F2s_v2", 4.0),
    ("Standard_F32s_v2", 64.0),
    ("Standard_F4s_v2", 8.0),
    ("Standard_F64s_v2", 128.0),
    ("Standard_F72s_v2", 144.0),
    ("Standard_F8s_v2", 16.0),
    ("Standard_HB120rs_v3", 448.0),
    ("Standard_HC44rs", 352.0),
    ("Standard_NC12", 112.0),
    ("Standard_NC12s_v2", 224.0),
    ("Standard_NC12s_v3", 224.0),
    ("Standard_NC16as_T4_v3", 110.0),
    ("Standard_NC24", 224.0),
    ("Standard_NC24ads_A100_v4", 220.0),
    ("Standard_NC24rs_v3", 448.0),
    ("Standard_NC24s_v2", 448.0),
    ("Standard_NC24s_v3", 448.0),
    ("Standard_NC40ads_H100_v5", 320.0),
    ("Standard_NC48ads_A100_v4", 440.0),
    ("Standard_NC4as_T4_v3", 28.0),
    ("Standard_NC6", 56.0),
    ("Standard_NC64as_T4_v3", 440.0),
    ("Standard_NC6s_v2", 112.0),
    ("Standard_NC6s_v3", 112.0),
    ("Standard_NC80adis_H100_v5", 640.0),
    ("Standard_NC8as_T4_v3", 56.0),
    ("Standard_NC96ads_A100_v4", 880.0),
    ("Standard_ND40rs_v2", 672.0),
    ("Standard_ND96amsr_A100_v4", 1900.0),
    ("Standard_ND96asr_v4", 900.0),
    ("Standard_ND96isr_H100_v5", 1900.0),
    ("Standard_NV12", 112.0),
    ("Standard_NV12s_v3", 112.0),
    ("Standard_NV24s_v3", 224.0),
    ("Standard_NV48s_v3", 448.0),
    ("Standard_NV6", 56.0),
];

/// Looks a size up; names are compared case-insensitively, as Azure does (reference §10).
#[must_use]
pub(crate) fn lookup(name: &str) -> Option<&'static VmSize> {
    // Every name in the table starts with `Standard_` (tested): compared once here, not again by
    // each step of the search.
    let name = crate::text::trim(name);
    let rest = name
        .get(..PREFIX.len())
        .filter(|head| crate::text::eq_ignoring_case(head, PREFIX))
        .and_then(|_| name.get(PREFIX.len()..))?;
    SIZES
        .binary_search_by(|size| {
            compare_ignoring_case(size.name.get(PREFIX.len()..).unwrap_or(""), rest)
        })
        .ok()
        .and_then(|at| SIZES.get(at))
}

const PREFIX: &str = "Standard_";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found_in_any_case() {
        for pair in SIZES.windows(2) {
            assert!(
                compare_ignoring_case(pair[0].name, pair[1].name).is_lt(),
                "{} must come before {}",
                pair[0].name,
                pair[1].name
            );
        }
        for (i, size) in SIZES.iter().enumerate() {
            assert!(
                SIZES[..i]
                    .iter()
                    .all(|other| !other.name.eq_ignore_ascii_case(size.name)),
                "{}",
                size.name
            );
            assert!(size.vcpus > 0);
            assert!(size.name.starts_with(PREFIX), "{}", size.name);
        }
        assert_eq!(lookup("STANDARD_DS3_V2").map(|s| s.vcpus), Some(4));
        assert_eq!(lookup("standard_nc6").map(|s| s.gpus), Some(1));
        assert!(lookup("NotARealSize").is_none());
        assert!(lookup("Standard_").is_none());
        assert!(lookup("Standard").is_none());
        assert_eq!(lookup(" Standard_D4s_v3 ").map(|s| s.vcpus), Some(4));
        for size in SIZES {
            assert_eq!(
                lookup(&size.name.to_uppercase()).map(|s| s.name),
                Some(size.name)
            );
        }
    }

    #[test]
    fn ncv3_and_nvv3_are_retired_and_their_successors_are_not() {
        for name in [
            "Standard_NC6s_v3",
            "Standard_NC12s_v3",
            "Standard_NC24s_v3",
            "Standard_NC24rs_v3",
            "Standard_NV12s_v3",
            "Standard_NV24s_v3",
            "Standard_NV48s_v3",
        ] {
            let size = lookup(name);
            assert_eq!(
                size.map(|s| (s.retired, s.aml_supported)),
                Some((true, true)),
                "{name}"
            );
        }
        for name in [
            "Standard_NC4as_T4_v3",
            "Standard_NC8as_T4_v3",
            "Standard_NC24ads_A100_v4",
            "Standard_NC40ads_H100_v5",
        ] {
            assert_eq!(lookup(name).map(|s| s.retired), Some(false), "{name}");
        }
    }

    #[test]
    fn every_size_has_its_memory() {
        assert_eq!(MEMORY_GIB.len(), SIZES.len());
        for (size, (name, gib)) in SIZES.iter().zip(MEMORY_GIB) {
            assert_eq!(size.name, *name);
            assert!(*gib >= 0.5, "{name}: {gib} GiB");
        }
    }
}

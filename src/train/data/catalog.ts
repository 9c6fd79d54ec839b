/** What lenetc knows about each dataset: class names, file names, canonical addresses, published hashes. */
import type { Dataset } from '../../model.js';

/** The four IDX files of an MNIST-style dataset, by role. */
export const FILE_KEYS = ['train-images', 'train-labels', 't10k-images', 't10k-labels'] as const;
/** One of the four files. */
export type FileKey = (typeof FILE_KEYS)[number];

/** The file's name without `.gz`, e.g. `train-images-idx3-ubyte`. */
export function idxFileName(key: FileKey): string {
  return key.endsWith('images') ? `${key}-idx3-ubyte` : `${key}-idx1-ubyte`;
}

/** Hashes a downloaded `.gz` file must match; every one given is checked. Lowercase hex. */
export interface KnownHash {
  sha256?: string;
  md5?: string;
}

/** A dataset's fixed facts. */
export interface DatasetInfo {
  classes: readonly string[];
  /** Where the `.gz` files are published; ends with `/`. */
  baseUrl: string;
  /** Hashes of the published `.gz` files. */
  hashes: Record<FileKey, KnownHash>;
  /** How to install it system-wide, if a package exists. */
  apt?: string;
  /** Its images' size (all grey, one channel): what a model's `input` must be to train on it. */
  image: { height: number; width: number };
}

/** The datasets lenetc can load. */
export const CATALOG: Record<Dataset, DatasetInfo> = {
  'fashion-mnist': {
    classes: ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'],
    baseUrl: 'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
    // The MD5s are the ones in Zalando's README; the SHA-256s are of the same published files.
    // Both were checked against Debian's dataset-fashion-mnist, whose .gz files are the originals
    // with the gzip header normalized (file name dropped, mtime reset, so 23-24 bytes shorter):
    // restoring the header (FNAME set, mtime 2017-08-31 10:50:06/27 UTC) gives back files with
    // exactly these sizes, MD5s and SHA-256s. test/data.test.ts repeats that check.
    hashes: {
      'train-images': { md5: '8d4fb7e6c68d591d4c3dfef9ec88bf0d', sha256: '3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84' },
      'train-labels': { md5: '25c81989df183df01b3e8a0aad5dffbe', sha256: 'a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845' },
      't10k-images': { md5: 'bef4ecab320f06d8554ea6380940ec79', sha256: '346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073' },
      't10k-labels': { md5: 'bb300cfdad3c16e7a12a480ee83cd310', sha256: '67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5' },
    },
    apt: 'dataset-fashion-mnist',
    image: { height: 28, width: 28 },
  },
  mnist: {
    classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    // PyTorch's mirror: yann.lecun.com no longer serves the files.
    baseUrl: 'https://ossci-datasets.s3.amazonaws.com/mnist/',
    // Only the MD5s (the ones torchvision publishes for this mirror) are recorded: we have no
    // local copy to confirm a SHA-256 against, so MNIST downloads are verified by MD5 alone.
    hashes: {
      'train-images': { md5: 'f68b3c2dcbeaaa9fbdd348bbdeb94873' },
      'train-labels': { md5: 'd53e105ee54ea40749a09fcbcd1e9432' },
      't10k-images': { md5: '9fb629c4189551a2d022fa330f9573f3' },
      't10k-labels': { md5: 'ec29112dd5afa0611ce80d1b7f02629c' },
    },
    image: { height: 28, width: 28 },
  },
};

/** Class names of a dataset. */
export const CLASS_NAMES: Record<Dataset, readonly string[]> = {
  'fashion-mnist': CATALOG['fashion-mnist'].classes,
  mnist: CATALOG.mnist.classes,
};

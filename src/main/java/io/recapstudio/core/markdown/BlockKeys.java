package io.recapstudio.core.markdown;

/** 64-bit FNV-1a hashes of block HTML, as hex: cheap, and collisions between blocks of one post are negligible. */
final class BlockKeys {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private BlockKeys() {
    }

    static String hash(String html) {
        long hash = OFFSET_BASIS;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            hash ^= c & 0xff;
            hash *= PRIME;
            hash ^= c >>> 8;
            hash *= PRIME;
        }
        return Long.toHexString(hash);
    }
}

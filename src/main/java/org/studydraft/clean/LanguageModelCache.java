package org.studydraft.clean;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's language model (146,000 character n-grams weighted for 103 languages) kept as a flat copy after its first
 * load, so later processes read it in one go instead of inflating and parsing the 10 MB model: a nightly run's cold
 * start waited for this model longer than for everything else together. The copy holds exactly the model's labels,
 * outcomes and weights, rebuilt into OpenNLP's own {@link GISModel}, so every probability is the same. It is named
 * after the model file's location, size and date, written atomically, and rebuilt whenever it is missing or cannot
 * be read; where the cache folder cannot be written the model is simply loaded the slow way.
 */
final class LanguageModelCache {
    private static final int MAGIC = 0x53444C4D; // "SDLM"
    private static final int FORMAT = 1;

    private final Path dir;

    LanguageModelCache(Path dir) {
        this.dir = dir;
    }

    /** The user's cache folder: {@code $XDG_CACHE_HOME/studydraft}, else {@code ~/.cache/studydraft}. */
    static LanguageModelCache inUserCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new LanguageModelCache(base.resolve("studydraft"));
    }

    /** The model behind {@code resource}: from the cache when it holds it, else from {@code original}, then cached. */
    MaxentModel load(URL resource, Supplier<LanguageDetectorModel> original) {
        Path file = null;
        try {
            URLConnection c = resource.openConnection();
            String key = resource + "|" + c.getContentLengthLong() + "|" + c.getLastModified() + "|" + FORMAT;
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            file = dir.resolve("langdetect-" + HexFormat.of().formatHex(digest, 0, 8) + ".bin");
            if (Files.isRegularFile(file)) {
                return read(Files.readAllBytes(file));
            }
        } catch (IOException | NoSuchAlgorithmException | RuntimeException unreadable) {
            // rebuilt below
        }
        MaxentModel model = original.get().getMaxentModel();
        if (file != null) {
            try {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
                Files.write(tmp, write((AbstractModel) model));
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException notWritable) {
                // no cache: the next process loads the model the slow way again
            }
        }
        return model;
    }

    @SuppressWarnings("unchecked")
    static byte[] write(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        List<byte[]> strings = new ArrayList<>();
        for (String o : outcomes) {
            strings.add(o.getBytes(StandardCharsets.UTF_8));
        }
        List<Context> contexts = new ArrayList<>();
        int params = 0;
        for (Map.Entry<String, Context> p : predicates.entrySet()) {
            strings.add(p.getKey().getBytes(StandardCharsets.UTF_8));
            contexts.add(p.getValue());
            params += p.getValue().getOutcomes().length;
        }
        int blob = strings.stream().mapToInt(b -> b.length).sum();
        ByteBuffer bb = ByteBuffer.allocate(24 + 4 * strings.size() + blob + 4 * contexts.size() + 12 * params);
        bb.putInt(MAGIC).putInt(FORMAT).putInt(outcomes.length).putInt(contexts.size()).putInt(params).putInt(blob);
        strings.forEach(b -> bb.putInt(b.length));
        strings.forEach(bb::put);
        contexts.forEach(c -> bb.putInt(c.getOutcomes().length));
        for (Context c : contexts) {
            bb.asIntBuffer().put(c.getOutcomes());
            bb.position(bb.position() + 4 * c.getOutcomes().length);
        }
        for (Context c : contexts) {
            bb.asDoubleBuffer().put(c.getParameters());
            bb.position(bb.position() + 8 * c.getParameters().length);
        }
        return bb.array();
    }

    static MaxentModel read(byte[] bytes) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(bytes);
        if (bb.getInt() != MAGIC || bb.getInt() != FORMAT) {
            throw new IOException("not a language model cache of this format");
        }
        int nOutcomes = bb.getInt();
        int nPredicates = bb.getInt();
        int nParams = bb.getInt();
        bb.getInt(); // size of the string blob
        int[] lengths = ints(bb, nOutcomes + nPredicates);
        String[] strings = new String[lengths.length];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = new String(bytes, bb.position(), lengths[i], StandardCharsets.UTF_8);
            bb.position(bb.position() + lengths[i]);
        }
        int[] sizes = ints(bb, nPredicates);
        int[] outcomes = ints(bb, nParams);
        double[] weights = new double[nParams];
        bb.asDoubleBuffer().get(weights);
        Context[] contexts = new Context[nPredicates];
        for (int p = 0, at = 0; p < nPredicates; at += sizes[p], p++) {
            contexts[p] = new Context(Arrays.copyOfRange(outcomes, at, at + sizes[p]), Arrays.copyOfRange(weights, at, at + sizes[p]));
        }
        return new GISModel(contexts, Arrays.copyOfRange(strings, nOutcomes, strings.length), Arrays.copyOf(strings, nOutcomes));
    }

    private static int[] ints(ByteBuffer bb, int n) {
        int[] out = new int[n];
        bb.asIntBuffer().get(out);
        bb.position(bb.position() + 4 * n);
        return out;
    }
}
